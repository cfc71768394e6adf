// Reporters: the terminal (grouped, with a summary line), JSON (the design contract) and
// the HTML page editors open.

export { formatTerminal, type TerminalOptions } from './terminal.js';
export { formatJson, toJsonReport, type JsonReport } from './json.js';
export { escapeHtml, renderReportHtml, type QaReportSection, type ReportExtra } from './html.js';
