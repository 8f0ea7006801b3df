// The search page. The URL holds the whole state (query, filters, sort, open article), so a link can
// be shared and Back works. headline_html, snippets and paragraphs_html come from the server as
// escaped HTML whose only markup is <mark>; every other value goes in with textContent.

const SEARCH_DELAY_MS = 250;
const TYPING_PAUSE_MS = 2000; // typing again after reading results this long starts a new entry
const PAGE_SIZE = 10;
const RELATED_SIZE = 5;

// Facet name in the API's answer, its query parameter, and its heading.
const FACETS = [
  { key: "speakers", param: "speaker", title: "Speakers" },
  { key: "sources", param: "source", title: "Sources" },
  { key: "years", param: "year", title: "Years" },
];
const SORTS = ["relevance", "newest", "oldest"];

const $ = (id) => document.getElementById(id);
const form = $("search-form");
const input = $("q");
const sortSelect = $("sort");
const dateFrom = $("date-from");
const dateTo = $("date-to");
const facetsBox = $("facets");
const clearAll = $("clear-all");
const statusLine = $("status");
const didYouMean = $("did-you-mean");
const welcome = $("welcome");
const resultsView = $("results-view");
const resultList = $("results");
const loadMore = $("load-more");
const articleView = $("article-view");
const hitTemplate = $("hit-template");

let state = readState(location.search);
// The search on screen: its key (state without the article), hits, next cursor and summary.
let shown = { key: null, hits: 0, total: 0, next: null, summary: "" };
let searchSeq = 0; // only the newest request may draw, whatever order answers arrive in
let articleSeq = 0;
let typingTimer = 0;
let typingEntry = false; // whether the current typing burst already has its own history entry
let lastTypedSearch = 0;

// ---- state <-> URL ----

function readState(search) {
  const params = new URLSearchParams(search);
  const sort = params.get("sort");
  const state = {
    q: (params.get("q") || "").trim(),
    date_from: validDate(params.get("date_from")),
    date_to: validDate(params.get("date_to")),
    sort: SORTS.includes(sort) ? sort : "relevance",
    article: params.get("article") || "",
    collapse: params.get("collapse") !== "false", // copies of a story as one hit
  };
  for (const facet of FACETS) {
    state[facet.param] = [...new Set(params.getAll(facet.param).filter(Boolean))];
  }
  return state;
}

function validDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text || "") ? text : "";
}

/** The search parameters of a state, in a stable order; article and cursor are not part of them. */
function searchParams(s) {
  const params = new URLSearchParams();
  if (s.q) params.set("q", s.q);
  for (const facet of FACETS) {
    for (const value of s[facet.param]) params.append(facet.param, value);
  }
  if (s.date_from) params.set("date_from", s.date_from);
  if (s.date_to) params.set("date_to", s.date_to);
  if (s.sort !== "relevance") params.set("sort", s.sort);
  if (!s.collapse) params.set("collapse", "false");
  return params;
}

function urlOf(s) {
  const params = searchParams(s);
  if (s.article) params.set("article", s.article);
  const query = params.toString();
  return query ? "/?" + query : "/";
}

function withChanges(changes) {
  return { ...state, ...changes };
}

/** Moves to a new state: a new history entry (push) or the current one rewritten (replace). */
function go(next, how, historyData = {}) {
  state = next;
  const url = urlOf(state);
  if (how === "push" && url !== location.pathname + location.search) {
    history.pushState(historyData, "", url);
  } else {
    history.replaceState({ ...(history.state || {}), ...historyData }, "", url);
  }
  return render();
}

// ---- fetching ----

/** GETs JSON; answers { ok, body } or { ok: false, error } and never throws. */
async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch {
    return { ok: false, error: "The server cannot be reached." };
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === "string" ? body.error : "";
    return { ok: false, error: message || "The request failed (HTTP " + response.status + ")." };
  }
  if (body === null) return { ok: false, error: "The server sent an unreadable answer." };
  return { ok: true, body };
}

/** An article's id as one path segment: its slashes encoded too, so that no id reads as a route. */
function articlePath(id) {
  return encodeURIComponent(id);
}

// ---- rendering ----

/** Draws the state; the promise settles once its answers are on screen. */
function render() {
  syncControls();
  document.body.classList.toggle("reading", Boolean(state.article));
  if (state.article) return showArticle();
  articleView.hidden = true;
  return showSearch();
}

function syncControls() {
  if (input.value.trim() !== state.q) input.value = state.q;
  sortSelect.value = state.sort;
  dateFrom.value = state.date_from;
  dateTo.value = state.date_to;
  clearAll.hidden = !hasFilters(state);
}

function hasFilters(s) {
  return Boolean(s.date_from || s.date_to || FACETS.some((f) => s[f.param].length));
}

function setStatus(text, isError = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", isError);
}

function showSearch() {
  const key = searchParams(state).toString();
  if (!state.q) {
    searchSeq++;
    shown = { key: null, hits: 0, total: 0, next: null, summary: "" };
    welcome.hidden = false;
    resultsView.hidden = true;
    didYouMean.hidden = true;
    facetsBox.replaceChildren();
    setStatus(hasFilters(state) ? "Type a query to search with these filters." : "");
    document.title = "newsindex";
    return Promise.resolve();
  }
  welcome.hidden = true;
  document.title = state.q + " \u2013 newsindex";
  if (key === shown.key) {
    // Back from an article: the results (and pages loaded since) are still here.
    resultsView.hidden = false;
    setStatus(shown.summary);
    return Promise.resolve();
  }
  return runSearch(key);
}

async function runSearch(key) {
  const seq = ++searchSeq;
  setStatus("Searching\u2026");
  const params = searchParams(state);
  params.set("size", String(PAGE_SIZE));
  const answer = await getJson("/api/search?" + params);
  if (seq !== searchSeq) return;
  if (!answer.ok) {
    shown = { key: null, hits: 0, total: 0, next: null, summary: "" };
    resultList.replaceChildren();
    resultsView.hidden = true;
    loadMore.hidden = true;
    didYouMean.hidden = true;
    setStatus(answer.error, true);
    return;
  }
  const result = answer.body;
  const hits = result.hits || [];
  resultList.replaceChildren(...hits.map(renderHit));
  shown = { key, hits: hits.length, total: result.total, next: result.next || null, summary: "" };
  shown.summary = summarize(result);
  resultsView.hidden = state.article !== "" ;
  loadMore.hidden = !shown.next;
  setStatus(shown.summary);
  renderDidYouMean(result.did_you_mean);
  renderFacets(result.facets || {});
}

function summarize(result) {
  const total = Number(result.total) || 0;
  const noun = total === 1 ? "article" : "articles";
  const took = " in " + result.took_ms + " ms";
  if (total === 0) return "No articles match" + took + ".";
  if (shown.next) return shown.hits + " shown of " + total + " " + noun + took + ".";
  if (shown.hits >= total) return total + " " + noun + took + ".";
  // All shown, as fewer hits than articles: copies of one story folded into one hit.
  const stories = shown.hits === 1 ? " story" : " stories";
  return total + " " + noun + took + ", as " + shown.hits + stories + " (copies folded in).";
}

async function runLoadMore() {
  if (!shown.next) return;
  const seq = searchSeq;
  const key = shown.key;
  loadMore.disabled = true;
  const params = searchParams(state);
  params.set("size", String(PAGE_SIZE));
  params.set("cursor", shown.next);
  const answer = await getJson("/api/search?" + params);
  loadMore.disabled = false;
  if (seq !== searchSeq || key !== shown.key) return;
  if (!answer.ok) {
    setStatus(answer.error, true);
    return;
  }
  const result = answer.body;
  const hits = result.hits || [];
  const items = hits.map(renderHit);
  resultList.append(...items);
  shown.hits += hits.length;
  shown.total = result.total;
  shown.next = result.next || null;
  shown.summary = summarize(result);
  loadMore.hidden = !shown.next;
  setStatus(shown.summary);
  // Keyboard users continue where the new results begin.
  if (items.length) items[0].querySelector("a.headline").focus();
}

function renderHit(hit) {
  const item = hitTemplate.content.firstElementChild.cloneNode(true);
  item.dataset.id = hit.id;
  const link = item.querySelector(".headline");
  setHtmlOrText(link, hit.headline_html, hit.headline);
  link.href = urlOf(withChanges({ article: hit.id }));
  link.addEventListener("click", (event) => openArticle(event, hit.id, 1));
  item.querySelector(".meta").replaceChildren(...metaParts(hit.date, hit.date, hit.source, hit.speakers));
  const snippets = item.querySelector(".snippets");
  for (const snippet of hit.snippets || []) {
    const paragraph = document.createElement("p");
    paragraph.innerHTML = snippet; // safe: escaped by the server, <mark> only
    snippets.append(paragraph);
  }
  if (hit.duplicates > 0) item.append(copiesOf(hit));
  return item;
}

/** "and 2 copies": opens into links to the other articles that tell the hit's story. */
function copiesOf(hit) {
  const details = document.createElement("details");
  details.className = "copies";
  const summary = document.createElement("summary");
  summary.textContent = "and " + hit.duplicates + (hit.duplicates === 1 ? " copy" : " copies");
  const list = document.createElement("ul");
  details.append(summary, list);
  details.addEventListener("toggle", async () => {
    if (!details.open || list.childElementCount) return;
    const answer = await getJson("/api/articles/" + articlePath(hit.id));
    list.replaceChildren(...(answer.ok
      ? (answer.body.duplicate_ids || []).map((id) => articleItem(id, id, 1))
      : [span("error", answer.error)]));
  });
  return details;
}

/** A list item that links to an article, opened within the page. */
function articleItem(id, text, depth) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = urlOf(withChanges({ article: id }));
  link.textContent = text;
  link.addEventListener("click", (event) => openArticle(event, id, depth));
  item.append(link);
  return item;
}

/** Date, source and speakers as spans, each value as text. */
function metaParts(date, dateText, source, speakers) {
  const parts = [];
  if (date || dateText) {
    const time = document.createElement("time");
    time.className = "date";
    if (date) time.dateTime = date;
    time.textContent = dateText || date;
    parts.push(time);
  } else {
    parts.push(span("date undated", "Undated"));
  }
  if (source) parts.push(span("source", source));
  if (speakers && speakers.length) parts.push(span("speakers", speakers.join(", ")));
  return parts;
}

function span(className, text) {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function setHtmlOrText(element, html, text) {
  if (typeof html === "string") {
    element.innerHTML = html; // safe: escaped by the server, <mark> only
  } else {
    element.textContent = text;
  }
}

function renderDidYouMean(suggestion) {
  if (!suggestion || !suggestion.query || suggestion.query === state.q) {
    didYouMean.hidden = true;
    didYouMean.replaceChildren();
    return;
  }
  const link = document.createElement("a");
  link.href = urlOf(withChanges({ q: suggestion.query, article: "" }));
  link.textContent = suggestion.query;
  link.addEventListener("click", (event) => {
    if (plainClick(event)) {
      event.preventDefault();
      commitTyping();
      go(withChanges({ q: suggestion.query, article: "" }), "push");
      input.focus();
    }
  });
  const total = Number(suggestion.total) || 0;
  didYouMean.replaceChildren(
    "Did you mean ", link, "? (" + total + (total === 1 ? " result)" : " results)"));
  didYouMean.hidden = false;
}

function renderFacets(facets) {
  const groups = [];
  for (const facet of FACETS) {
    const counts = Array.isArray(facets[facet.key]) ? facets[facet.key] : null;
    const selected = state[facet.param];
    if (!counts && !selected.length) continue;
    const values = (counts || []).map((c) => ({ value: String(c.value), count: c.count }));
    // A chosen value stays on screen so it can be turned off, even when the answer lacks it.
    for (const value of selected) {
      if (!values.some((v) => v.value === value)) values.push({ value, count: null });
    }
    if (!values.length) continue;
    groups.push(renderFacet(facet, values, selected));
  }
  facetsBox.replaceChildren(...groups);
}

function renderFacet(facet, values, selected) {
  const section = document.createElement("section");
  section.className = "facet";
  section.dataset.facet = facet.param;
  const head = document.createElement("div");
  head.className = "facet-head";
  const heading = document.createElement("h2");
  heading.id = "facet-" + facet.param;
  heading.textContent = facet.title;
  head.append(heading);
  if (selected.length) {
    const clear = document.createElement("button");
    clear.type = "button";
    clear.className = "link clear";
    clear.textContent = "Clear";
    clear.setAttribute("aria-label", "Clear " + facet.title.toLowerCase() + " filter");
    clear.addEventListener("click", () => {
      go(withChanges({ [facet.param]: [], article: "" }), "push")
        .then(() => focusFacet(facet.param, null));
    });
    head.append(clear);
  }
  const list = document.createElement("ul");
  list.setAttribute("aria-labelledby", heading.id);
  for (const { value, count } of values) {
    const pressed = selected.includes(value);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "facet-value";
    button.dataset.value = value;
    button.setAttribute("aria-pressed", String(pressed));
    button.append(span("name", value));
    if (count !== null && count !== undefined) button.append(span("count", String(count)));
    button.addEventListener("click", () => {
      const chosen = pressed ? selected.filter((v) => v !== value) : [...selected, value];
      go(withChanges({ [facet.param]: chosen, article: "" }), "push")
        .then(() => focusFacet(facet.param, value));
    });
    const item = document.createElement("li");
    item.append(button);
    list.append(item);
  }
  section.append(head, list);
  return section;
}

// Facets are redrawn when the answer arrives; keep keyboard focus on the same toggle.
function focusFacet(param, value) {
  const section = facetsBox.querySelector(`[data-facet="${param}"]`);
  const target = section && [...section.querySelectorAll("button.facet-value")]
    .find((button) => value === null || button.dataset.value === value);
  if (target) target.focus();
}

// ---- the article view ----

function openArticle(event, id, depth) {
  if (!plainClick(event)) return; // let ctrl/middle click open a new tab
  event.preventDefault();
  commitTyping();
  go(withChanges({ article: id }), "push", { articleDepth: depth });
}

async function showArticle() {
  const seq = ++articleSeq;
  const id = state.article;
  const path = articlePath(id);
  const query = state.q ? "?" + new URLSearchParams({ q: state.q }) : "";
  resultsView.hidden = true;
  welcome.hidden = true;
  didYouMean.hidden = true;
  setStatus("Loading the article\u2026");
  const [answer, related] = await Promise.all([
    getJson("/api/articles/" + path + query),
    getJson("/api/articles/" + path + "/related?size=" + RELATED_SIZE),
  ]);
  if (seq !== articleSeq) return;
  if (!answer.ok) {
    articleView.hidden = true;
    setStatus(answer.error, true);
    return;
  }
  const article = answer.body;
  const headline = $("article-headline");
  setHtmlOrText(headline, article.headline_html, article.headline);
  $("article-meta").replaceChildren(
    ...metaParts(article.date, article.date_text, article.source, article.speakers));
  const htmlParagraphs = Array.isArray(article.paragraphs_html) ? article.paragraphs_html : null;
  $("article-body").replaceChildren(...(article.paragraphs || []).map((text, i) => {
    const paragraph = document.createElement("p");
    setHtmlOrText(paragraph, htmlParagraphs ? htmlParagraphs[i] : undefined, text);
    return paragraph;
  }));
  renderQuotes(article.quotes || []);
  renderCopies(article.duplicate_ids || []);
  renderRelated(related.ok ? related.body.hits || [] : []);
  const back = $("back");
  back.textContent = state.q ? "\u2190 Back to results" : "\u2190 New search";
  back.href = urlOf(withChanges({ article: "" }));
  document.title = article.headline + " \u2013 newsindex";
  setStatus("");
  articleView.hidden = false;
  window.scrollTo(0, 0);
  headline.focus({ preventScroll: true });
}

function renderQuotes(quotes) {
  $("quote-list").replaceChildren(...quotes.map((quote) => {
    const item = document.createElement("li");
    const text = document.createElement("q");
    text.textContent = quote.text;
    const speaker = span(quote.speaker ? "speaker" : "speaker unnamed", quote.speaker || "unnamed source");
    item.append(text, " \u2014 ", speaker);
    return item;
  }));
  $("article-quotes").hidden = quotes.length === 0;
}

function renderCopies(ids) {
  const depth = (history.state && history.state.articleDepth) || 0;
  $("copies-list").replaceChildren(...ids.map((id) => articleItem(id, id, depth + 1)));
  $("article-copies").hidden = ids.length === 0;
}

function renderRelated(hits) {
  const depth = (history.state && history.state.articleDepth) || 0;
  $("related-list").replaceChildren(...hits.map((hit) => {
    const item = articleItem(hit.id, hit.headline, depth + 1);
    if (hit.date) item.append(" ", span("date", hit.date));
    return item;
  }));
  $("article-related").hidden = hits.length === 0;
}

// ---- events ----

function plainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

// Typing searches after a short pause. The first search of a burst of typing gets its own history
// entry, so Back returns to what was there before; the burst's later searches rewrite that entry
// instead of piling up. Enter, a click on a filter or a long pause ends the burst.
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const q = input.value.trim();
    if (q === state.q && !state.article) return;
    const now = Date.now();
    const burst = typingEntry && now - lastTypedSearch < TYPING_PAUSE_MS;
    lastTypedSearch = now;
    typingEntry = true;
    go(withChanges({ q, article: "" }), burst ? "replace" : "push");
  }, SEARCH_DELAY_MS);
});

function commitTyping() {
  clearTimeout(typingTimer);
  typingEntry = false;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  // Enter right after typing keeps the burst's entry; otherwise it is a new search of its own.
  const burst = typingEntry && Date.now() - lastTypedSearch < TYPING_PAUSE_MS;
  commitTyping();
  go(withChanges({ q: input.value.trim(), article: "" }), burst ? "replace" : "push");
});

sortSelect.addEventListener("change", () => {
  commitTyping();
  go(withChanges({ sort: sortSelect.value, article: "" }), "push");
});

for (const [element, field] of [[dateFrom, "date_from"], [dateTo, "date_to"]]) {
  element.addEventListener("change", () => {
    const value = validDate(element.value);
    if (value === state[field]) return;
    commitTyping();
    go(withChanges({ [field]: value, article: "" }), "push");
  });
}

clearAll.addEventListener("click", () => {
  commitTyping();
  const cleared = { date_from: "", date_to: "", article: "" };
  for (const facet of FACETS) cleared[facet.param] = [];
  go(withChanges(cleared), "push");
  input.focus();
});

loadMore.addEventListener("click", runLoadMore);

$("back").addEventListener("click", (event) => {
  if (!plainClick(event)) return;
  event.preventDefault();
  const depth = (history.state && history.state.articleDepth) || 0;
  if (depth > 0) {
    history.go(-depth);
  } else {
    go(withChanges({ article: "" }), "push");
  }
});

window.addEventListener("popstate", () => {
  commitTyping();
  state = readState(location.search);
  render();
});

// "/" jumps to the search box, unless the key is being typed into a field.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement &&
      (target.isContentEditable || target.closest("input, textarea, select"))) {
    return;
  }
  event.preventDefault();
  input.focus();
  input.select();
});

// Filters start open on wide screens (a sidebar) and folded on phones (above the results).
const wide = window.matchMedia("(min-width: 50rem)");
const filters = $("filters");
filters.open = wide.matches;
wide.addEventListener("change", () => { filters.open = wide.matches; });

history.replaceState({ ...(history.state || {}) }, "", urlOf(state));
render();
