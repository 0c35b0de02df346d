// Public entry of the Office.js layer used by the task pane.
export type { DocumentIdentity, ImportOptions, ImportSummary, ProgressCallback } from "./types";
export { OWNER_PROPERTY, documentIdentity, fingerprint } from "./identity";
export { importTargets } from "./import";
export { highlightSelection, type HighlightMapping, type HighlightOptions, type HighlightSummary } from "./highlight";
export { buildDashboard, DASHBOARD_PROPERTY, type DashboardOptions, type DashboardSummary } from "./dashboard";
export { writeValues, type ValueConflict, type ValueEntry, type WriteValuesOptions, type WriteValuesSummary } from "./write-values";
