// The search page. Snippets and headline_html come from the server as escaped HTML whose only markup
// is <mark>; every other value is inserted with textContent.
"use strict";

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const status = document.getElementById("status");
const results = document.getElementById("results");
const articleView = document.getElementById("article");
const hitTemplate = document.getElementById("hit-template");
let summary = "";

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: "unexpected answer from the server" }));
  if (!response.ok) {
    throw new Error(body.error || "request failed (" + response.status + ")");
  }
  return body;
}

function showStatus(text, isError) {
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

function meta(date, source, speakers) {
  const parts = [];
  if (date) parts.push(date);
  if (source) parts.push(source);
  if (speakers && speakers.length) parts.push("Speakers: " + speakers.join(", "));
  return parts.join(" · ");
}

async function search(query) {
  summary = "";
  articleView.hidden = true;
  results.hidden = false;
  results.replaceChildren();
  showStatus("Searching…");
  try {
    const result = await getJson("/api/search?" + new URLSearchParams({ q: query, size: "20" }));
    summary = result.total + (result.total === 1 ? " article" : " articles") +
      " (" + result.took_ms + " ms)";
    showStatus(summary);
    for (const hit of result.hits) {
      results.append(renderHit(hit));
    }
  } catch (error) {
    showStatus(error.message, true);
  }
}

function renderHit(hit) {
  const item = hitTemplate.content.firstElementChild.cloneNode(true);
  const link = item.querySelector(".headline");
  link.innerHTML = hit.headline_html;
  link.href = "#article/" + hit.id;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    showArticle(hit.id);
  });
  item.querySelector(".meta").textContent = meta(hit.date, hit.source, hit.speakers);
  const snippets = item.querySelector(".snippets");
  for (const snippet of hit.snippets) {
    const paragraph = document.createElement("p");
    paragraph.innerHTML = snippet;
    snippets.append(paragraph);
  }
  return item;
}

async function showArticle(id) {
  try {
    const path = id.split("/").map(encodeURIComponent).join("/");
    const article = await getJson("/api/articles/" + path);
    document.getElementById("article-headline").textContent = article.headline;
    document.getElementById("article-meta").textContent =
      meta(article.date_text || article.date, article.source, article.speakers);
    const body = document.getElementById("article-body");
    body.replaceChildren(...article.paragraphs.map((text) => {
      const paragraph = document.createElement("p");
      paragraph.textContent = text;
      return paragraph;
    }));
    showQuotes(article.quotes || []);
    results.hidden = true;
    showStatus("");
    articleView.hidden = false;
    window.scrollTo(0, 0);
  } catch (error) {
    showStatus(error.message, true);
  }
}

function showQuotes(quotes) {
  const list = document.getElementById("quote-list");
  list.replaceChildren(...quotes.map((quote) => {
    const item = document.createElement("li");
    const text = document.createElement("q");
    text.textContent = quote.text;
    const speaker = document.createElement("span");
    speaker.className = "speaker";
    speaker.textContent = quote.speaker || "unnamed source";
    item.append(text, " \u2014 ", speaker);
    return item;
  }));
  document.getElementById("article-quotes").hidden = quotes.length === 0;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value.trim();
  if (query) {
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    search(query);
  }
});

document.getElementById("back").addEventListener("click", () => {
  articleView.hidden = true;
  results.hidden = false;
  showStatus(summary);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  search(initial);
}
