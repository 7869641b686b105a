// SG Bridge: optional comfort for the navigation's drop-downs, which work without this script
// (they are <details>): Escape closes an open one and gives the focus back to its button, a click
// elsewhere closes it.
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') return;
  document.querySelectorAll('header details[open]').forEach(function (d) {
    if (d.contains(document.activeElement)) {
      d.open = false;
      d.querySelector('summary').focus();
    }
  });
});
document.addEventListener('click', function (event) {
  document.querySelectorAll('header details.sg-group-menu[open]').forEach(function (d) {
    if (!d.contains(event.target)) d.open = false;
  });
});
// Boxes that scroll sideways on a small screen (a wide table, the map) are made reachable with Tab,
// so that the keyboard can scroll them (browsers that do this themselves are not hindered).
function sgScrollables() {
  document.querySelectorAll('main table, main div').forEach(function (el) {
    var scrolls = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'auto';
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0');
      el.setAttribute('data-sg-scroll', '');
    } else if (!scrolls && el.hasAttribute('data-sg-scroll')) {
      el.removeAttribute('tabindex');
      el.removeAttribute('data-sg-scroll');
    }
  });
}
document.addEventListener('DOMContentLoaded', sgScrollables);
window.addEventListener('resize', sgScrollables);
