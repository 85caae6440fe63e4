/** The timeline engine's public surface. */
export { createTimeline } from "./Timeline.ts";
export { DEFAULT_LABELS } from "./types.ts";
export type { FrameStats, ScreenPoint, TimelineInstance, TimelineLabels, TimelineParams } from "./types.ts";
