"""Admin pages for records the newsroom only reads: logs and provenance that the workflow
writes (source merges and changes, wire origins)."""

from django.contrib import admin


class RecordAdmin(admin.ModelAdmin):
    """A record's list and page, read-only for everyone: nothing here adds, changes or
    deletes one; only the code that keeps the record writes it."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
