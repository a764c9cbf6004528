import type { Root } from "mdast";

export default function remarkImageSize(options: { publicDir: string }): (tree: Root) => Promise<void>;
