/*! Open Medical Encyclopedia embed: <script src="https://SITE/embed.js" data-entry="slug" data-sections="symptoms" data-lang="es" async></script> */
;(function () {
  var me = document.currentScript
  if (!me || !me.getAttribute('data-entry')) return
  var origin = new URL(me.src).origin
  var slug = me.getAttribute('data-entry')
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return
  var sections = me.getAttribute('data-sections')
  // The entry's language (its slug is that language's); English, the source language, has no prefix or parameter.
  var lang = me.getAttribute('data-lang')
  if (lang && !/^[a-z]{2,3}$/.test(lang)) return
  if (lang === 'en') lang = null
  var query = []
  if (lang) query.push('lang=' + lang)
  if (sections) query.push('sections=' + encodeURIComponent(sections))
  var src = origin + '/embed/' + slug + (query.length ? '?' + query.join('&') : '')
  var frame = document.createElement('iframe')
  frame.src = src
  frame.title = (me.getAttribute('data-title') || slug.replace(/-/g, ' ')) + ' (Open Medical Encyclopedia)'
  frame.loading = 'lazy'
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
  frame.style.cssText =
    'display:block;width:100%;max-width:' +
    (me.getAttribute('data-max-width') || '720px') +
    ';height:360px;border:1px solid #d5dbe1;border-radius:6px'
  // Replace the plain link placed before the script (what readers without JavaScript see), if there is one.
  var prev = me.previousElementSibling
  if (prev && prev.tagName === 'A' && prev.href.indexOf(origin + (lang ? '/' + lang : '') + '/diseases/' + slug) === 0)
    prev.parentNode.replaceChild(frame, prev)
  else me.parentNode.insertBefore(frame, me)
  window.addEventListener('message', function (event) {
    // Only our own origin, only this iframe, only the height message.
    if (event.origin !== origin || event.source !== frame.contentWindow) return
    var data = event.data
    if (!data || data.type !== 'ome:embed-height' || typeof data.height !== 'number') return
    frame.style.height = Math.max(80, Math.min(20000, Math.ceil(data.height))) + 'px'
  })
})()
