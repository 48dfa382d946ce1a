import { writeFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { buildData, datasetJsonSchema } from "./src/authoring/build.js";

export default defineConfig(() => {
  // Validate data/ and regenerate src/generated/: a defect throws here, and a throwing config aborts the build.
  buildData(process.cwd());
  return {
    entry: { index: "src/index.ts", schemas: "src/schemas/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node18",
    platform: "node",
    splitting: false,
    outDir: "dist",
    onSuccess: async () => {
      writeFileSync("dist/dataset.schema.json", `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
    },
  };
});
