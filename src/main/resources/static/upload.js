// Drag-and-drop onto the file field's box; without JavaScript the field and the button work alone.
(function () {
  var drop = document.getElementById('drop'), input = document.getElementById('files');
  if (!drop || !input) return;
  ['dragenter', 'dragover'].forEach(function (e) {
    drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (e) {
    drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (ev) { input.files = ev.dataTransfer.files; });
})();
