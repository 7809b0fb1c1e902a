import { bindNikField } from 'layak/form';

// <form method="post"><input id="nik" name="nik" required> <span id="nik-info"></span></form>
bindNikField(document.querySelector('#nik'), { lang: 'id' }, (result) => {
  // As the operator types: the decoded kecamatan, or nothing yet.
  document.querySelector('#nik-info').textContent = result?.district?.name ?? '';
});
// The form posts nik=3522061205800001 even when the operator typed 3522 0612 0580 0001.
