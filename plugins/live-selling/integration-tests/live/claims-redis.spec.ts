import { claimSuite } from "./claims-suite"
import { describeWithRedis } from "./helpers/redis"

describeWithRedis("live claims — Redis engine", () => claimSuite("redis"))
