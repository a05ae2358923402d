import { runMain } from "@gatehouse/github";
import { run } from "./main";

await runMain(run);
