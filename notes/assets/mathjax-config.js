// MathJax 3, served from this site (no CDN): $...$ and \(...\) inline, $$...$$ and \[...\] displayed.
window.MathJax = {
  tex: {inlineMath: [["$", "$"], ["\\(", "\\)"]], displayMath: [["$$", "$$"], ["\\[", "\\]"]], processEscapes: true},
  options: {skipHtmlTags: ["script", "noscript", "style", "textarea", "pre", "code"]}
};
