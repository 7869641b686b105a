// SG Bridge: a "tick all shown" box for lists whose rows are ticked for a bulk action. A progressive
// enhancement: the box is hidden in the page and shown here; without JavaScript each row is ticked
// by itself, or the form's "all shown" button is used. <input data-sg-select-all="NAME"> ticks and
// unticks the boxes named NAME of its form, and shows whether all, some or none are ticked.
(function () {
  function boxesOf(all) {
    var form = all.form || all.closest('form');
    return form ? Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name="' + all.dataset.sgSelectAll + '"]')) : [];
  }
  function reflect(all) {
    var boxes = boxesOf(all);
    var ticked = boxes.filter(function (b) { return b.checked; }).length;
    all.checked = boxes.length > 0 && ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  function wire(all) {
    all.hidden = false;
    all.addEventListener('change', function () {
      boxesOf(all).forEach(function (b) { b.checked = all.checked; });
      all.indeterminate = false;
    });
    boxesOf(all).forEach(function (b) {
      b.addEventListener('change', function () { reflect(all); });
    });
    reflect(all);
  }
  function start() {
    document.querySelectorAll('input[type=checkbox][data-sg-select-all]').forEach(wire);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
