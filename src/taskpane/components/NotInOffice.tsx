import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { STRINGS } from "../i18n";

/** Shown when the pane is opened outside Excel (office.js absent or no host). */
export function NotInOffice() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <MessageBar intent="info">
        <MessageBarBody>
          <span lang="vi">{STRINGS.vi.notInOffice}</span>
          <br />
          <span lang="en">{STRINGS.en.notInOffice}</span>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
