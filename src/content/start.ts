// Imported first by the content script, so this mark precedes the evaluation of every other module
// of the bundle: `newslens:content` (start → end of the script's first run) covers all of it.
performance.mark('newslens:content:start');
