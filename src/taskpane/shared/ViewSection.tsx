/**
 * A task-pane view's frame: a section named by its heading, with the line that introduces it, then
 * the view's content. Every view uses it, so they read and sound alike to a screen reader.
 */
import { useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useViewStyles } from "./viewStyles";

/** Props of {@link ViewSection}. */
export interface ViewSectionProps {
  readonly heading: string;
  readonly intro: string;
  readonly children: ReactNode;
}

/**
 * A view's section with its heading and introduction.
 * @example <ViewSection heading={t("forecastHeading")} intro={t("forecastIntro")}>…</ViewSection>
 */
export function ViewSection({ heading, intro, children }: ViewSectionProps) {
  const view = useViewStyles();
  const headingId = useId("view-heading");
  return (
    <section className={view.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {heading}
      </h2>
      <p className={view.intro}>{intro}</p>
      {children}
    </section>
  );
}
