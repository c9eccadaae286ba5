// The rule registry, alphabetical. Adding a rule: see CONTRIBUTING in README ("Adding a rule").
import type { Rule } from "../src/engine/rule.js";
import anchorTranslated from "./anchor-translated.js";
import blockChanged from "./block-changed.js";
import blockExtra from "./block-extra.js";
import blockMissing from "./block-missing.js";
import codeBlockMismatch from "./code-block-mismatch.js";
import contentlocaleMismatch from "./contentlocale-mismatch.js";
import docsMarkerDamaged from "./docs-marker-damaged.js";
import fileUnreadable from "./file-unreadable.js";
import frontMatterInvalid from "./front-matter-invalid.js";
import frontMatterMissing from "./front-matter-missing.js";
import handoffMismatch from "./handoff-mismatch.js";
import headingChanged from "./heading-changed.js";
import linkBackslash from "./link-backslash.js";
import linkExtensionMismatch from "./link-extension-mismatch.js";
import linkFragmentUnresolved from "./link-fragment-unresolved.js";
import linkTargetCase from "./link-target-case.js";
import linkTargetMismatch from "./link-target-mismatch.js";
import linkTargetMissing from "./link-target-missing.js";
import locfileidDuplicate from "./locfileid-duplicate.js";
import markdownSyntaxBroken from "./markdown-syntax-broken.js";
import markdownlint from "./markdownlint.js";
import markupDamaged from "./markup-damaged.js";
import metadataDateInvalid from "./metadata-date-invalid.js";
import metadataMismatch from "./metadata-mismatch.js";
import metadataMissing from "./metadata-missing.js";
import mtPlaceholderLeaked from "./mt-placeholder-leaked.js";
import openlocfilehashInvalid from "./openlocfilehash-invalid.js";
import openlocfilehashMismatch from "./openlocfilehash-mismatch.js";
import openlocfilehashUnverified from "./openlocfilehash-unverified.js";
import segmentCodeMismatch from "./segment-code-mismatch.js";
import segmentHtmlMismatch from "./segment-html-mismatch.js";
import segmentLinkMismatch from "./segment-link-mismatch.js";
import segmentsMissing from "./segments-missing.js";
import sourceDefect from "./source-defect.js";
import sourcegitcommitUnknown from "./sourcegitcommit-unknown.js";
import spanIdInvalid from "./span-id-invalid.js";
import spanIdMismatch from "./span-id-mismatch.js";
import spanPairing from "./span-pairing.js";
import spanSourceMismatch from "./span-source-mismatch.js";
import structureMismatch from "./structure-mismatch.js";
import translationOrphaned from "./translation-orphaned.js";
import translationStale from "./translation-stale.js";
import translationtypeInvalid from "./translationtype-invalid.js";

export const rules: readonly Rule<object>[] = [
  anchorTranslated,
  blockChanged,
  blockExtra,
  blockMissing,
  codeBlockMismatch,
  contentlocaleMismatch,
  docsMarkerDamaged,
  fileUnreadable,
  frontMatterInvalid,
  frontMatterMissing,
  handoffMismatch,
  headingChanged,
  linkBackslash,
  linkExtensionMismatch,
  linkFragmentUnresolved,
  linkTargetCase,
  linkTargetMismatch,
  linkTargetMissing,
  locfileidDuplicate,
  markdownSyntaxBroken,
  markdownlint,
  markupDamaged,
  metadataDateInvalid,
  metadataMismatch,
  metadataMissing,
  mtPlaceholderLeaked,
  openlocfilehashInvalid,
  openlocfilehashMismatch,
  openlocfilehashUnverified,
  segmentCodeMismatch,
  segmentHtmlMismatch,
  segmentLinkMismatch,
  segmentsMissing,
  sourceDefect,
  sourcegitcommitUnknown,
  spanIdInvalid,
  spanIdMismatch,
  spanPairing,
  spanSourceMismatch,
  structureMismatch,
  translationOrphaned,
  translationStale,
  translationtypeInvalid,
] as Rule<object>[];
