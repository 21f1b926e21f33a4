// Jest's default order (failed first, then slowest first), except that the
// browser suites, which each start the whole product, run last.
const Sequencer = require("@jest/test-sequencer").default

const isBrowser = (test) => /[\\/]integration-tests[\\/]browser[\\/][^\\/]+\.spec\./.test(test.path)

class BrowserLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    return [...sorted.filter((t) => !isBrowser(t)), ...sorted.filter(isBrowser)]
  }
}

module.exports = BrowserLast
