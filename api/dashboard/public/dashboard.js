// chidao dashboard: small enhancements; every page works without this script.
(function () {
  'use strict';
  // Upload: a .txt file is shown in the textarea named by data-fills (so it can be corrected before reading);
  // a PDF, DOCX, DOC or scan is sent with the form and read on the server.
  document.querySelectorAll('input[type=file][data-fills]').forEach(function (input) {
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      var target = document.getElementById(input.getAttribute('data-fills'));
      if (!file || !target || !/\.txt$/i.test(file.name)) return;
      var reader = new FileReader();
      reader.onload = function () { target.value = String(reader.result || ''); input.value = ''; };
      reader.readAsText(file, 'utf-8');
    });
  });
  // Register review: focusing a task's fields points at its sentence in the text.
  var doc = document.getElementById('doc-text');
  if (doc) {
    document.querySelectorAll('fieldset.task[data-task]').forEach(function (fs) {
      fs.addEventListener('focusin', function () {
        var id = fs.getAttribute('data-task');
        doc.querySelectorAll('.src-task.active').forEach(function (el) { el.classList.remove('active'); });
        var parts = doc.querySelectorAll('.src-task[data-task="' + id + '"]');
        parts.forEach(function (el) { el.classList.add('active'); });
        if (parts[0] && window.matchMedia('(min-width: 900px)').matches) {
          var top = parts[0].offsetTop - doc.offsetTop - 16;
          doc.scrollTo({ top: top, behavior: 'smooth' });
        }
      });
    });
  }
})();
