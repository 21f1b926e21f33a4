// Loads .env (if any) into process.env without overriding what is set.
const fs = require("fs")
const path = require("path")

function loadDotEnv(dir = process.cwd()) {
  const file = path.join(dir, ".env")
  if (!fs.existsSync(file)) return
  require("dotenv").config({ path: file })
}

module.exports = { loadDotEnv }
