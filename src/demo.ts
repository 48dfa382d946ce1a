/**
 * `npm run demo`: a short tour of the data in the terminal.
 * Not part of the published package.
 */
import { dataset } from "./index.js";

const meeting = dataset.meetings[0];
if (meeting) {
  console.log(`${meeting.body}, ${meeting.date} (${meeting.format}): ${meeting.topic}`);
}
const width = Math.max(...Object.keys(dataset).map((k) => k.length));
for (const [name, records] of Object.entries(dataset)) {
  console.log(`  ${name.padEnd(width)}  ${String(records.length).padStart(4)}`);
}
