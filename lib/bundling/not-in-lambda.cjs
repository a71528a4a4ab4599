// Stands in, in the Lambda bundles, for modules only the local receivers use (Socket
// Mode, Express, OAuth, raw bodies): Bolt requires them at load, a Lambda never calls
// them. Anything used from here fails loudly instead of half-working.
const fail = (name) =>
  function notInLambda() {
    throw new Error(`${String(name)} is not part of the Lambda bundle (lib/bundling/lambda-bundle.ts)`);
  };
module.exports = new Proxy({}, { get: (_, name) => (name === '__esModule' || name === 'then' || typeof name === 'symbol' ? undefined : fail(name)) });
