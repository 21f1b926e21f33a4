const { loadEnv } = require("@medusajs/utils")
loadEnv("test", process.cwd())

const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
]

const testMatchByType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:live": ["**/integration-tests/live/**/*.spec.[jt]s"],
  "integration:lifecycle": ["**/integration-tests/lifecycle/**/*.spec.[jt]s"],
  // the plugins packed and installed into a stock Medusa app (before the browser suites)
  "integration:plugins": ["**/integration-tests/plugins/**/*.spec.[jt]s"],
  "integration:browser": ["**/integration-tests/browser/**/*.spec.[jt]s"],
}

module.exports = {
  transform: { "^.+\\.[jt]sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/plugins/[^/]+/.medusa/", "<rootDir>/storefront/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  // Medusa loads the plugins from their builds (.medusa/server); tests run
  // their TypeScript sources instead, one instance of each file.
  moduleNameMapper: {
    "^@ocop-live/([a-z-]+)/\\.medusa/server/src/(.*?)(\\.js)?$": "<rootDir>/plugins/$1/src/$2",
    "^(?:.*)/plugins/([a-z-]+)/\\.medusa/server/src/(.*?)(\\.js)?$": "<rootDir>/plugins/$1/src/$2",
    "^@ocop-live/([a-z-]+)/(?!package\\.json$)(.+)$": "<rootDir>/plugins/$1/src/$2",
  },
  testTimeout: 120000,
}

const type = process.env.TEST_TYPE
module.exports.testMatch =
  type && type !== "all"
    ? testMatchByType[type]
    : [...new Set(Object.values(testMatchByType).flat())]
// the browser suites (the slowest, a whole stack each) run after the others
module.exports.testSequencer = "./integration-tests/sequencer.js"
if (type === "integration:modules") {
  // unit tests that sit next to modules belong to the unit run
  module.exports.testPathIgnorePatterns = ["\\.unit\\.spec\\.[jt]s$"]
}
