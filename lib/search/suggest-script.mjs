// @ts-check
/**
 * Search suggestions as progressive enhancement: the header's search box is a plain GET form to /search
 * (components/search/SearchBox.tsx), and this script, inline after it, makes it an ARIA 1.2 combobox that
 * suggests entries as you type (↓/↑ move, Enter opens, Escape closes). Reader pages carry no framework
 * (lib/reader-document.mjs), so it is plain DOM code: about 1 KB, run as the form is parsed. Suggestions
 * come from /api/search and become text nodes, never markup. A JavaScript module so that the production
 * server (plain Node) can allow it by its hash in reader pages' Content-Security-Policy.
 */
export const SUGGEST_SCRIPT = String.raw`(function () {
  var form = document.currentScript && document.currentScript.parentElement
  var input = form && form.querySelector('input[name="q"]')
  var list = form && form.querySelector('[role="listbox"]')
  if (!input || !list || input.getAttribute('role') === 'combobox') return
  var items = [], active = -1, open = false, timer = 0, pending = null
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-controls', list.id)
  function shown() { return input.value.trim().length >= 2 ? items : [] }
  function go(s) { location.assign(form.getAttribute('data-entry-path') + encodeURIComponent(s.slug)) }
  function render() {
    var s = shown(), expanded = open && s.length > 0
    input.setAttribute('aria-expanded', String(expanded))
    if (expanded && active >= 0) input.setAttribute('aria-activedescendant', list.id + '-' + active)
    else input.removeAttribute('aria-activedescendant')
    list.hidden = !expanded
    list.textContent = ''
    s.forEach(function (item, i) {
      var li = document.createElement('li')
      li.id = list.id + '-' + i
      li.setAttribute('role', 'option')
      li.setAttribute('aria-selected', String(i === active))
      li.textContent = item.title
      if (item.matchedName) {
        var note = document.createElement('span')
        note.className = 'suggestion-note'
        note.textContent = ' (' + item.matchedName + ')'
        li.appendChild(note)
      }
      li.addEventListener('mousedown', function (e) { e.preventDefault(); go(item) })
      list.appendChild(li)
    })
  }
  function suggest() {
    var q = input.value.trim()
    clearTimeout(timer)
    if (q.length < 2) return render()
    timer = setTimeout(function () {
      if (pending) pending.abort()
      var c = (pending = new AbortController())
      fetch(form.getAttribute('data-suggest') + '&q=' + encodeURIComponent(q), { signal: c.signal })
        .then(function (res) { return res.ok ? res.json() : { results: [] } })
        .then(function (data) { items = data.results || []; active = -1; render() })
        .catch(function () {})
    }, 120)
  }
  input.addEventListener('input', function () { open = true; suggest() })
  input.addEventListener('focus', function () { open = true; render() })
  input.addEventListener('blur', function () { setTimeout(function () { open = false; render() }, 150) })
  input.addEventListener('keydown', function (e) {
    var n = shown().length
    if (e.key === 'ArrowDown' && n) { e.preventDefault(); open = true; active = (active + 1) % n; render() }
    else if (e.key === 'ArrowUp' && n) { e.preventDefault(); active = active <= 0 ? n - 1 : active - 1; render() }
    else if (e.key === 'Escape' && open && n) { e.preventDefault(); open = false; active = -1; render() }
  })
  form.addEventListener('submit', function (e) {
    if (open && active >= 0 && shown()[active]) { e.preventDefault(); go(shown()[active]) }
  })
  render()
})()`
