import { useEffect, useState } from "react";
import { makeStyles } from "@fluentui/react-components";
import { useStrings } from "../LanguageContext";
import type { Announcement } from "../usePane";
import { visuallyHidden } from "./ViText";

const useStyles = makeStyles({ hidden: visuallyHidden });

/**
 * The pane's one polite live region: each result (a command's, the import
 * preview's, an explanation's) is put in it once, in the language of the moment
 * it arrived; switching the language later does not say it again. It is emptied
 * when a command starts, so the same result twice is said twice.
 */
export function Announcer({ announcement }: { announcement?: Announcement }) {
  const s = useStrings();
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    setSpoken(announcement ? announcement.text(s) : "");
    // Only a new announcement speaks: the language switching (s) does not.
  }, [announcement]);
  return (
    <div className={useStyles().hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {spoken}
    </div>
  );
}
