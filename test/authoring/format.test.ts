import { describe, expect, it } from "vitest";
import { formatDataFile } from "../../src/authoring/format.js";

describe("formatDataFile", () => {
  it("orders the keys of fields with a default (president, parts, participation) as their schema declares them", () => {
    const span = { quote: "q", end: 1, start: 0, source: "s" };
    const text = formatDataFile({
      meetings: [{ president: { title: null, name: null, evidence: span, delegation: "BRA" }, parts: [{ citations: [], evidence: [], recordSymbol: null, meetingNumber: 1, date: "2031-01-01" }], id: "m" }],
      statements: [{ participation: { evidence: span, mode: "written" }, id: "s" }],
    });
    const parsed = JSON.parse(text) as { meetings: Array<Record<string, Record<string, unknown>>>; statements: Array<Record<string, Record<string, unknown>>> };
    const meeting = parsed.meetings[0]!;
    expect(Object.keys(meeting)).toEqual(["id", "president", "parts"]);
    expect(Object.keys(meeting.president!)).toEqual(["delegation", "name", "title", "evidence"]);
    expect(Object.keys(meeting.president!.evidence as object)).toEqual(["source", "start", "end", "quote"]);
    expect(Object.keys((meeting.parts as unknown as Array<object>)[0]!)).toEqual(["date", "meetingNumber", "recordSymbol", "evidence", "citations"]);
    expect(Object.keys(parsed.statements[0]!.participation!)).toEqual(["mode", "evidence"]);
  });
});
