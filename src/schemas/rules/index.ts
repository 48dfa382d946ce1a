/**
 * The cross-record rules of {@link validateDataset}, one file each, run in this order (root causes first: ids,
 * references, source texts and spans before the rules that build on them).
 * @module
 */
import { briefersHaveStatements } from "./briefers-have-statements.js";
import { metricEvidenceInStatement } from "./metric-evidence-in-statement.js";
import { metricMeetingMatchesStatement } from "./metric-meeting-matches-statement.js";
import { metricUnitMatchesSubject } from "./metric-unit-matches-subject.js";
import { metricValueMatchesText } from "./metric-value-matches-text.js";
import { metricWordsInEvidence } from "./metric-words-in-evidence.js";
import { referencesResolve } from "./references-resolve.js";
import type { Rule } from "./rule.js";
import { sourceTexts } from "./source-texts.js";
import { spansCiteMeetingSources } from "./spans-cite-meeting-sources.js";
import { spansMatchSource } from "./spans-match-source.js";
import { speakingOrder } from "./speaking-order.js";
import { statementCapacityMatchesCouncil } from "./statement-capacity-matches-council.js";
import { statementEvidenceInParagraphs } from "./statement-evidence-in-paragraphs.js";
import { uniqueIds } from "./unique-ids.js";

export type { Rule, RuleContext } from "./rule.js";

/** Every cross-record rule, in the order they run. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  referencesResolve,
  sourceTexts,
  spansMatchSource,
  spansCiteMeetingSources,
  statementEvidenceInParagraphs,
  speakingOrder,
  briefersHaveStatements,
  statementCapacityMatchesCouncil,
  metricMeetingMatchesStatement,
  metricEvidenceInStatement,
  metricUnitMatchesSubject,
  metricWordsInEvidence,
  metricValueMatchesText,
];
