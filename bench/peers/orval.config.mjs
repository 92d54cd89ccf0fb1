// orval 8 as a new user configures it for a fetch client in one file; the bench passes the spec and the
// output file in BENCH_SPEC and BENCH_OUT. A split spec's relative $refs (spec/zep/*.yaml) are refused
// unless allowed here.
export default {
  bench: {
    input: {
      target: process.env.BENCH_SPEC,
      parserOptions: { externalRefs: { allow: ["*"] } },
    },
    output: { target: process.env.BENCH_OUT, client: "fetch", mode: "single" },
  },
};
