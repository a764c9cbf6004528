// The note that prepare-content.ts publishes through `npm run note:new` before the end-to-end build.
export const publishedByCommandTitle = "Field test: publishing from the command line";
export const publishedByCommandSlug = "field-test-publishing-from-the-command-line";
