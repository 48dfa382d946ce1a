/** The type of the Stryker configuration beside it, for the test that reads its `mutate` option. */
declare const config: import("@stryker-mutator/api/core").PartialStrykerOptions;
export default config;
