import { claimSuite } from "./claims-suite"

describe("live claims — Postgres engine", () => claimSuite("postgres"))
