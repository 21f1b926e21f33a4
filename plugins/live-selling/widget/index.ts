/** The embeddable live widget: <ocop-live stream="…" backend="…" live="…" publishable-key="…">. */
import { OcopLiveElement } from "./element"

if (!customElements.get("ocop-live")) customElements.define("ocop-live", OcopLiveElement)
