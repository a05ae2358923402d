// The light build of bottleneck (no Redis clustering), the one the Octokit plugins load.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
