/**
 * A synthetic meetings-coverage text at scale, in the style of the fixtures (test/fixtures/meetings/): a header, a
 * presiding line, then speakers introduced in the house styles the drafting reads, each with a few sentences that
 * carry numbers, periods, missions and groups spoken for. Fiction, like the fixtures: set in 2031, with invented
 * figures. Built in memory for the bench; never written to data/.
 */
import type { DelegationRef } from "../../src/authoring/index.js";

const MISSIONS = ["UNMISS", "MINUSCA", "MONUSCO", "UNIFIL", "UNFICYP", "UNDOF"];

/** Sentences that fill a speaker's paragraph, each with a number to read. */
const FILLERS: ReadonlyArray<(n: number) => string> = [
  (n) => `More than ${(n % 9) + 1}0,000 uniformed personnel currently serve in ${n % 11 + 2} peacekeeping operations, the delegate recalled.`,
  (n) => `Since 20${10 + (n % 20)}, its training centre has prepared ${n * 3 + 40} officers for deployment to ${MISSIONS[n % MISSIONS.length]}.`,
  (n) => `In 2030, ${n + 5} peacekeepers were wounded in attacks on patrols, and the toll has not fallen below ${n % 9 + 2} in any year since.`,
  (n) => `For the 2030-2031 fiscal year, its contribution to the peacekeeping budget was $${n % 9 + 1}.${n % 10} million, almost ${n % 40 + 5} per cent more than before.`,
  (n) => `Women now make up about ${n % 30 + 10} per cent of its police contingents, against a target of 25 per cent.`,
  (n) => `It supports the Council's call for mandates that are clear, focused and achievable, and for consultation with troop contributors before each renewal.`,
];

/** The paragraph of the i-th speaker, introduced in one of the house styles, about 450 characters long. */
function speakerParagraph(i: number, states: readonly string[]): string {
  const name = states[i % states.length]!;
  const other = (k: number) => states[(i + k) % states.length]!;
  const intros = [
    `${name}’s representative said that partnerships must be planned before a crisis, not during one.`,
    `The representative of ${name} said the Council should hear troop contributors more often.`,
    `Speaking on behalf of ${other(1)}, ${other(2)} and ${other(3)}, ${name}’s representative said the group would keep training police officers for missions.`,
    `${name}’s delegate, also speaking for ${other(4)} and ${other(5)}, said that regional organizations are often first on the ground.`,
    `Speaking next, the representative of ${name} said that missions need predictable financing.`,
  ];
  const body = [0, 1, 2].map((k) => FILLERS[(i + k) % FILLERS.length]!(i + k)).join("  ");
  return `${intros[i % intros.length]}  ${body}`;
}

/**
 * A text of `speakers` statements and at least `characters` characters (more paragraphs per speaker until it is that
 * long), with the states of `delegations` as speakers.
 */
export function syntheticMeetingText(delegations: readonly DelegationRef[], speakers: number, characters: number): string {
  const states = delegations.filter((d) => d.kind === "member-state").map((d) => d.name);
  const head = [
    "SYNTHETIC TEST TEXT — not a UN document; generated for peacekeeping-records' bench. All names, numbers, dates and symbols in it are invented.",
    "12 March 2031",
    "Speakers Weigh Partnerships for Peacekeeping in Day-Long Open Debate",
    "The Security Council held an open debate on partnerships for peacekeeping today, with Brazil’s Minister for Foreign Affairs, Luisa Carvalhal, presiding.",
  ];
  const paragraphs = Array.from({ length: speakers }, (_x, i) => [speakerParagraph(i, states)]);
  // Lengthen the statements in turn with paragraphs of their own words until the text is long enough.
  for (let i = 0; [...head, ...paragraphs.flat()].join("\n\n").length < characters; i++) {
    paragraphs[i % speakers]!.push(`He added that ${FILLERS[i % FILLERS.length]!(i + 7).replace(/^./, (c) => c.toLowerCase())}`);
  }
  return `${[...head, ...paragraphs.flat()].join("\n\n")}\n`;
}
