/**
 * `npm run release`'s data diff: `tsx src/authoring/release-cli.ts`, run in the project's root after the build and
 * before `changeset version`, writes `.changeset/data-diff-<version>.md`, the records changed since the last
 * published release, when any did (see release-diff.ts). Exits non-zero with one line when it cannot tell.
 */
import { writeReleaseDiff } from "./release-diff.js";

process.exitCode = writeReleaseDiff(process.cwd(), { out: (text) => void process.stdout.write(text), err: (text) => void process.stderr.write(text) });
