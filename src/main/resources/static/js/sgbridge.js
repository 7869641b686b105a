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
