// The story form's tags as chips (articles/admin/tag_chips.py): select2, which ships with
// the admin, offering the tags the user may see and accepting new ones.
"use strict";
(function ($) {
  function init(select) {
    $(select).select2({
      tags: true,
      tokenSeparators: [","],
      width: "min(46em, 100%)",
      placeholder: "Type a tag: pick an existing one or press Enter for a new one",
      minimumInputLength: 0,
      ajax: {
        url: select.dataset.autocompleteUrl,
        dataType: "json",
        delay: 200,
        data: function (params) { return { term: params.term || "" }; },
      },
      createTag: function (params) {
        var name = $.trim(params.term).replace(/"/g, "");
        return name ? { id: name, text: name, newTag: true } : null;
      },
      templateResult: function (item) {
        return item.newTag ? "New tag: " + item.text : item.text;
      },
    });
  }
  $(function () {
    document.querySelectorAll("select.newsroom-tag-chips").forEach(init);
  });
})(django.jQuery);
