/**
 * The delegations spoken for are read up to the speaker's own words, never into them, but from the very place those
 * words end. A synthetic text and table: a (made-up) delegation whose name runs up to "speaking for ", and one whose
 * name starts with a digit, so that the list begins exactly where the speaker's words end.
 */
import { expect, it } from "vitest";
import { draftMeeting } from "../../src/authoring/index.js";

const SYNTHETIC = "SYNTHETIC TEST TEXT — not a UN document; written for peacekeeping-records' tests. All names in it are invented.";

it("reads a list of delegations that starts right where the speaker's words end", () => {
  const delegations = [
    { id: "FSF", name: "Friends speaking for ", kind: "other" },
    { id: "D55", name: "5+5 Dialogue", kind: "other" },
  ];
  const text = [SYNTHETIC, "The representative of Friends speaking for 5+5 Dialogue said that 12 patrols ran."].join("\n\n");
  const d = draftMeeting(text, { source: "synthetic", meeting: "m", date: "2031-02-03", reference: { delegations, missions: [], councilTerms: [] } });
  expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.evidence.quote, s.onBehalfOf, s.onBehalfOfEvidence?.quote])).toEqual([
    ["FSF", "The representative of Friends speaking for ", ["D55"], "speaking for 5+5 Dialogue"],
  ]);
});
