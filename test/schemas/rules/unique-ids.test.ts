import { describe, expect, it } from "vitest";
import { problemsOf } from "./corrupt.js";

describe("rule unique-ids", () => {
  it("reports a record whose id another record of its collection has, at its id, naming the duplicate", () => {
    const problems = problemsOf("unique-ids", (d) => {
      const [a, b] = d.metrics!.filter((m) => m.meeting === "2020-09-14-a4p");
      b!.id = a!.id;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ collection: "metrics", path: ["id"], message: expect.stringMatching(/^duplicate id '.+' in metrics \(record #\d+\)$/) });
  });

  it("does not confuse equal ids in different collections", () => {
    const problems = problemsOf("unique-ids", (d) => {
      d.subjects!.push({ ...d.subjects![0], id: d.themes![0]!.id });
    });
    expect(problems).toEqual([]);
  });
});
