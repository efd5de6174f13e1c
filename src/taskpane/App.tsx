import { Suspense, lazy, useEffect, useRef, useState } from "react";
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { STRINGS, type Lang } from "./i18n";
import { LanguageContext } from "./LanguageContext";
import { choiceYear, paneCommands, type PaneCommands } from "./commands/paneCommands";
import type { PaneHost } from "./paneHost";
import { usePane } from "./usePane";
import { Header } from "./components/Header";
import { StatusBars } from "./components/StatusBars";
import { Announcer } from "./components/Announcer";
import { PlanSummaryCard } from "./components/PlanSummaryCard";
import { EstimateSection } from "./components/EstimateSection";
import { ActionsSection } from "./components/ActionsSection";
import { FindingsList } from "./components/FindingsList";

// Rarely used, and it carries the plan-text parser: loaded when its tab is opened.
const ImportPanel = lazy(() => import(/* webpackChunkName: "import-panel" */ "./import/ImportPanel"));
// The explanation's panel and its engine load when the Giải thích tab is opened.
const ExplainPanel = lazy(() => import(/* webpackChunkName: "explain-panel" */ "./explain/ExplainPanel"));
// Tổng hợp: the consolidation engine and the units' reader load when its tab is opened, ExcelJS with the summary.
const ConsolidatePanel = lazy(() => import(/* webpackChunkName: "consolidate-panel" */ "./consolidate/ConsolidatePanel"));

const useStyles = makeStyles({
  root: { minHeight: "100%", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

type TabName = "estimate" | "import" | "explain" | "consolidate";

export interface AppProps {
  host: PaneHost;
  commands?: PaneCommands;
  initialLang?: Lang;
  /** Told when the officer switches the language (the entry keeps it for next time). */
  onLangChange?: (lang: Lang) => void;
}

/** The task pane: the plan it found, the commands, their progress, errors and findings. */
export function App({ host, commands = paneCommands, initialLang = "vi", onLangChange }: AppProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (next: Lang) => {
    setLangState(next);
    onLangChange?.(next);
  };
  const [tab, setTab] = useState<TabName>("estimate");
  const [state, actions] = usePane(host, commands);
  const styles = useStyles();
  const s = STRINGS[lang];
  const busy = state.busy !== undefined;
  const canExplain = Boolean(host.selectedCell && commands.explain);
  // After Chèn vào sổ tính the import panel goes away: focus goes to the Dự toán tab it opens, not to the page.
  const estimateTab = useRef<HTMLButtonElement>(null);
  const [focusEstimateTab, setFocusEstimateTab] = useState(false);
  useEffect(() => {
    if (focusEstimateTab && tab === "estimate") {
      estimateTab.current?.focus();
      setFocusEstimateTab(false);
    }
  }, [focusEstimateTab, tab]);
  // A year chosen for a plan that no longer has it (another plan read, imported, undone) goes back to the whole period.
  const { choices, setChoices } = actions;
  useEffect(() => {
    if (choices.year && choiceYear(choices, state.summary?.period) === undefined) setChoices({ ...choices, year: "" });
  }, [state.summary, choices, setChoices]);
  const names = state.summary?.sheet ? [state.summary.sheet] : [];
  return (
    <LanguageContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang} className={styles.root}>
        <Header hostLabel={host.label} lang={lang} onLang={setLang} />
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabName)}
          aria-label={s.tabsLabel}
          size="small"
        >
          <Tab value="estimate" ref={estimateTab}>
            {s.tabEstimate}
          </Tab>
          <Tab value="import">{s.tabImport}</Tab>
          {canExplain && <Tab value="explain">{s.tabExplain}</Tab>}
          <Tab value="consolidate">{s.tabConsolidate}</Tab>
        </TabList>
        <main className={styles.body} aria-label={s.appTitle} aria-busy={busy}>
          <StatusBars busy={state.busy} error={state.error} notice={state.notice} names={names} onDismissError={actions.dismissError} />
          <Announcer announcement={state.announcement} />
          {tab === "estimate" && (
            <>
              <PlanSummaryCard
                summary={state.summary}
                busy={busy}
                selected={state.selected}
                onReload={actions.readPlan}
                onSelect={actions.select}
              />
              <EstimateSection
                choices={actions.choices}
                onChoices={actions.setChoices}
                onRun={() => actions.estimate()}
                busy={busy}
                total={state.total}
                cautions={state.cautions}
                summary={state.summary}
              />
              <ActionsSection state={state} actions={actions} />
            </>
          )}
          {tab === "import" && (
            <Suspense fallback={<Spinner size="tiny" label={s.loading} />}>
              <ImportPanel
                port={host.port}
                busy={busy}
                runExternal={actions.runExternal}
                announce={actions.announce}
                onInserted={() => {
                  setTab("estimate");
                  setFocusEstimateTab(true);
                }}
              />
            </Suspense>
          )}
          {tab === "explain" && canExplain && (
            <Suspense fallback={<Spinner size="tiny" label={s.loading} />}>
              <ExplainPanel host={host} choices={actions.choices} explain={commands.explain!} announce={actions.announce} />
            </Suspense>
          )}
          {tab === "consolidate" && (
            <Suspense fallback={<Spinner size="tiny" label={s.loading} />}>
              <ConsolidatePanel busy={busy} runExternal={actions.runExternal} thousandWord={actions.choices.thousandWord} />
            </Suspense>
          )}
          {state.findings &&
            (tab === "estimate" ||
              state.findings.command === "import" ||
              (tab === "consolidate" && state.findings.command === "consolidate")) && (
              <FindingsList findings={state.findings} selected={state.selected} onSelect={actions.select} />
            )}
        </main>
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
