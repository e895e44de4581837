"""The user and group admin: nobody climbs above their role. Every field of both forms, the
password forms, the add view and bulk delete, as a superuser, a user manager (staff who may
add, change, view and delete users and groups), a desk chief (an editor who also manages
users), an editor and a journalist."""

import pytest
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from newsroom.account_admin import (
    GROUP_NOT_GRANTABLE,
    GROUPS_OFFERED,
    PERMISSION_NOT_GRANTABLE,
    PERMISSIONS_OFFERED,
    NewsroomGroupAdmin,
    NewsroomUserAdmin,
)
from tests.factories import TEST_PASSWORD, EditorFactory, UserFactory, newsroom_group

pytestmark = pytest.mark.django_db

ACCOUNT_ADMIN_PERMISSIONS = [
    f"auth.{action}_{model}" for model in ("user", "group") for action in ("add", "change", "view", "delete")
]


def permission(name: str) -> Permission:
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def give_account_admin(user):
    user.user_permissions.add(*(permission(name) for name in ACCOUNT_ADMIN_PERMISSIONS))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def user_manager(db):
    return give_account_admin(UserFactory(username="um", is_staff=True))


@pytest.fixture
def desk_chief(db):
    return give_account_admin(EditorFactory(username="chief"))


@pytest.fixture
def newcomer(db):
    return UserFactory(username="newcomer", first_name="Nia", last_name="Cole")


@pytest.fixture
def account_desk(db):
    """A group holding nothing beyond a user manager's rights."""
    group = Group.objects.create(name="Account desk")
    group.permissions.add(permission("auth.view_user"))
    return group


def change_url(account):
    return reverse("admin:auth_user_change", args=[account.pk])


def password_url(account):
    return reverse("admin:auth_user_password_change", args=[account.pk])


def user_form_data(account, **changes):
    """The user change form as the browser posts it, with ``changes`` applied."""
    values = {
        "username": account.username,
        "first_name": account.first_name,
        "last_name": account.last_name,
        "email": account.email,
        "is_active": account.is_active,
        "is_staff": account.is_staff,
        "is_superuser": account.is_superuser,
        "groups": list(account.groups.values_list("pk", flat=True)),
        "user_permissions": list(account.user_permissions.values_list("pk", flat=True)),
        # Read-only here; posted as Django's own form would, so a form that still took
        # them could not fail for lack of them.
        "date_joined_0": timezone.localtime(account.date_joined).strftime("%Y-%m-%d"),
        "date_joined_1": timezone.localtime(account.date_joined).strftime("%H:%M:%S"),
        **changes,
    }
    return {
        name: ("on" if value else None) if isinstance(value, bool) else value
        for name, value in values.items()
    }


def post_data(data):
    return {name: value for name, value in data.items() if value is not None}


def resolve(value):
    """Table values: ``group:Name`` and ``perm:app.codename`` become primary keys."""
    if isinstance(value, str) and value.startswith("group:"):
        return [newsroom_group(value[6:]).pk]
    if isinstance(value, str) and value.startswith("perm:"):
        return [permission(value[5:]).pk]
    return value


def stored(account, field):
    account.refresh_from_db()
    if field in ("groups", "user_permissions"):
        return set(getattr(account, field).values_list("pk", flat=True))
    return getattr(account, field)


def snapshot(account):
    account.refresh_from_db()
    records = {
        "password": account.password,
        "last_login": account.last_login,
        "date_joined": account.date_joined,
    }
    return {field: stored(account, field) for field in FIELDS} | records


FIELDS = [
    "username",
    "first_name",
    "last_name",
    "email",
    "is_active",
    "is_staff",
    "is_superuser",
    "groups",
    "user_permissions",
]

# A change to every field of the user form, as someone trying it on an account above them.
EVERY_FIELD_CHANGE = [
    ("username", "taken-over"),
    ("first_name", "Mallory"),
    ("last_name", "Mallory"),
    ("email", "mallory@example.org"),
    ("is_active", False),
    ("is_staff", False),
    ("is_superuser", False),
    ("groups", "group:Journalists"),
    ("user_permissions", "perm:auth.view_user"),
    ("password", "md5$salt$0123456789abcdef0123456789abcdef"),
]


@pytest.fixture
def accounts(superuser, user_manager, desk_chief, editor, journalist, newcomer):
    inactive_editor = EditorFactory(username="gone", is_active=False)
    return {
        "superuser": superuser,
        "user_manager": user_manager,
        "desk_chief": desk_chief,
        "editor": editor,
        "inactive_editor": inactive_editor,
        "journalist": journalist,
        "newcomer": newcomer,
    }


OUTRANKED_PAIRS = [
    ("user_manager", "superuser"),
    ("user_manager", "editor"),
    ("user_manager", "desk_chief"),
    ("user_manager", "inactive_editor"),
    ("desk_chief", "superuser"),
]


@pytest.mark.parametrize("actor, target", OUTRANKED_PAIRS)
@pytest.mark.parametrize("field, value", EVERY_FIELD_CHANGE)
def test_no_field_of_an_account_above_you_can_be_changed(client, accounts, actor, target, field, value):
    account = accounts[target]
    client.force_login(accounts[actor])
    before = snapshot(account)
    response = client.post(change_url(account), post_data(user_form_data(account, **{field: resolve(value)})))
    assert response.status_code == 403
    assert snapshot(account) == before


@pytest.mark.parametrize("actor, target", OUTRANKED_PAIRS)
def test_an_account_above_you_is_shown_read_only(client, accounts, actor, target):
    client.force_login(accounts[actor])
    response = client.get(change_url(accounts[target]))
    assert response.status_code == 200
    html = response.content.decode()
    for field in FIELDS:
        assert f'name="{field}"' not in html
    assert "Reset password" not in html and "../password/" not in html


@pytest.mark.parametrize("actor, target", OUTRANKED_PAIRS)
@pytest.mark.parametrize(
    "data",
    [
        {
            "password1": "A-new-long-passphrase-9",
            "password2": "A-new-long-passphrase-9",
            "usable_password": "true",
        },
        {"usable_password": "false", "unset-password": "1"},
    ],
    ids=["set", "unset"],
)
def test_the_password_of_an_account_above_you_cannot_be_set_or_disabled(
    client, accounts, actor, target, data
):
    account = accounts[target]
    client.force_login(accounts[actor])
    before = snapshot(account)
    assert client.get(password_url(account)).status_code == 403
    assert client.post(password_url(account), data).status_code == 403
    assert snapshot(account) == before


@pytest.mark.parametrize("actor, target", OUTRANKED_PAIRS)
def test_an_account_above_you_cannot_be_deleted_alone_or_in_bulk(client, accounts, actor, target):
    account = accounts[target]
    client.force_login(accounts[actor])
    delete_url = reverse("admin:auth_user_delete", args=[account.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    bulk = {
        "action": "delete_selected",
        "_selected_action": [accounts["newcomer"].pk, account.pk],
        "post": "yes",
    }
    response = client.post(reverse("admin:auth_user_changelist"), bulk)
    assert response.status_code == 403
    assert type(account).objects.filter(pk__in=[account.pk, accounts["newcomer"].pk]).count() == 2


def test_accounts_you_manage_can_be_deleted_in_bulk(client, user_manager, newcomer):
    other = UserFactory(username="other")
    client.force_login(user_manager)
    bulk = {"action": "delete_selected", "_selected_action": [newcomer.pk, other.pk], "post": "yes"}
    response = client.post(reverse("admin:auth_user_changelist"), bulk)
    assert response.status_code == 302
    assert not type(newcomer).objects.filter(pk__in=[newcomer.pk, other.pk]).exists()


# (actor, target, field, value, outcome): "saved", "ignored" (read-only, the value stays) or
# an error message the form shows on that field.
MANAGED_CHANGES = [
    ("user_manager", "newcomer", "username", "nia.cole", "saved"),
    ("user_manager", "newcomer", "first_name", "Niamh", "saved"),
    ("user_manager", "newcomer", "last_name", "Coleman", "saved"),
    ("user_manager", "newcomer", "email", "nia@example.org", "saved"),
    ("user_manager", "newcomer", "is_active", False, "saved"),
    ("user_manager", "newcomer", "is_staff", True, "saved"),
    ("user_manager", "newcomer", "is_superuser", True, "ignored"),
    ("user_manager", "newcomer", "password", "md5$salt$0123456789abcdef0123456789abcdef", "ignored"),
    ("user_manager", "newcomer", "last_login_0", "2020-01-01", "ignored"),
    ("user_manager", "newcomer", "date_joined_0", "2001-01-01", "ignored"),
    ("user_manager", "newcomer", "groups", "account_desk", "saved"),
    ("user_manager", "newcomer", "groups", "group:Journalists", GROUP_NOT_GRANTABLE),
    ("user_manager", "newcomer", "groups", "group:Editors", GROUP_NOT_GRANTABLE),
    ("user_manager", "newcomer", "user_permissions", "perm:auth.change_user", "saved"),
    (
        "user_manager",
        "newcomer",
        "user_permissions",
        "perm:articles.publish_article",
        PERMISSION_NOT_GRANTABLE,
    ),
    ("user_manager", "user_manager", "first_name", "Ursula", "saved"),
    ("user_manager", "user_manager", "is_superuser", True, "ignored"),
    ("user_manager", "user_manager", "groups", "group:Editors", GROUP_NOT_GRANTABLE),
    (
        "user_manager",
        "user_manager",
        "user_permissions",
        "perm:articles.publish_article",
        PERMISSION_NOT_GRANTABLE,
    ),
    ("desk_chief", "journalist", "first_name", "Joanna", "saved"),
    ("desk_chief", "journalist", "email", "joanna@example.org", "saved"),
    ("desk_chief", "journalist", "groups", "group:Editors", "saved"),
    ("desk_chief", "journalist", "is_superuser", True, "ignored"),
    ("desk_chief", "journalist", "user_permissions", "perm:auth.delete_permission", PERMISSION_NOT_GRANTABLE),
    ("desk_chief", "editor", "last_name", "Marsh-Okafor", "saved"),
    ("desk_chief", "desk_chief", "is_superuser", True, "ignored"),
    ("superuser", "journalist", "is_superuser", True, "saved"),
    ("superuser", "newcomer", "user_permissions", "perm:auth.delete_permission", "saved"),
    ("superuser", "editor", "groups", "group:Journalists", "saved"),
]


@pytest.mark.parametrize("actor, target, field, value, outcome", MANAGED_CHANGES)
def test_every_field_of_an_account_you_manage(
    client, accounts, account_desk, actor, target, field, value, outcome
):
    account = accounts[target]
    wanted = [account_desk.pk] if value == "account_desk" else resolve(value)
    client.force_login(accounts[actor])
    before = snapshot(account)
    response = client.post(change_url(account), post_data(user_form_data(account, **{field: wanted})))
    if outcome == "saved":
        assert response.status_code == 302, response.context["adminform"].form.errors
        expected = set(wanted) if field in ("groups", "user_permissions") else wanted
        assert stored(account, field) == expected
    elif outcome == "ignored":
        assert response.status_code == 302
        assert snapshot(account) == before
    else:
        assert response.status_code == 200
        errors = response.context["adminform"].form.errors[field]
        assert errors == [outcome % {"value": wanted[0]}]
        assert snapshot(account) == before


def test_the_form_offers_only_what_the_user_manager_holds(client, user_manager, newcomer, account_desk):
    client.force_login(user_manager)
    form = client.get(change_url(newcomer)).context["adminform"].form
    assert list(form.fields["groups"].queryset) == [account_desk]
    assert set(form.fields["user_permissions"].queryset) == {permission(p) for p in ACCOUNT_ADMIN_PERMISSIONS}
    assert "is_superuser" not in form.fields
    assert form.fields["groups"].help_text.startswith(GROUPS_OFFERED)
    assert form.fields["user_permissions"].help_text.startswith(PERMISSIONS_OFFERED)


def test_a_refused_grant_saves_none_of_the_other_changes(client, user_manager, newcomer):
    client.force_login(user_manager)
    data = user_form_data(newcomer, first_name="Changed", is_staff=True, groups=resolve("group:Editors"))
    response = client.post(change_url(newcomer), post_data(data))
    assert response.status_code == 200
    assert "Changed" in response.content.decode()
    newcomer.refresh_from_db()
    assert (newcomer.first_name, newcomer.is_staff) == ("Nia", False)


def test_a_grant_beyond_your_rights_is_refused_even_if_the_form_offered_it(
    client, monkeypatch, user_manager, newcomer
):
    monkeypatch.setattr(NewsroomUserAdmin, "formfield_for_manytomany", UserAdmin.formfield_for_manytomany)
    client.force_login(user_manager)
    data = user_form_data(newcomer, first_name="Changed", groups=resolve("group:Editors"))
    response = client.post(change_url(newcomer), post_data(data))
    assert response.status_code == 403
    newcomer.refresh_from_db()
    assert newcomer.first_name == "Nia"
    assert not newcomer.groups.exists()


def test_a_user_manager_adds_a_plain_account_and_cannot_raise_it(client, user_manager):
    client.force_login(user_manager)
    crafted = {
        "username": "fresh",
        "usable_password": "true",
        "password1": "A-new-long-passphrase-9",
        "password2": "A-new-long-passphrase-9",
        "is_superuser": "on",
        "is_staff": "on",
        "groups": resolve("group:Editors"),
        "user_permissions": resolve("perm:articles.publish_article"),
    }
    response = client.post(reverse("admin:auth_user_add"), crafted)
    assert response.status_code == 302
    fresh = type(user_manager).objects.get(username="fresh")
    assert (fresh.is_superuser, fresh.is_staff) == (False, False)
    assert not fresh.groups.exists() and not fresh.user_permissions.exists()
    # "Save" continues to the new account's form, where the same limits hold.
    response = client.post(
        change_url(fresh), post_data(user_form_data(fresh, **{"groups": crafted["groups"]}))
    )
    assert response.status_code == 200
    assert not fresh.groups.exists()


def test_save_as_new_from_an_account_above_you_creates_nothing_above_you(client, user_manager, superuser):
    """Guard: a hand-made "save as new" on a superuser's page is an add, with the add form."""
    client.force_login(user_manager)
    data = post_data(user_form_data(superuser, username="clone", is_superuser=True))
    data |= {
        "_saveasnew": "1",
        "password1": "A-new-long-passphrase-9",
        "password2": "A-new-long-passphrase-9",
    }
    client.post(change_url(superuser), data)
    clone = type(superuser).objects.filter(username="clone").first()
    assert clone is None or not (
        clone.is_superuser or clone.groups.exists() or clone.user_permissions.exists()
    )


def test_a_user_manager_sets_the_password_of_an_account_they_manage(client, user_manager, newcomer):
    client.force_login(user_manager)
    data = {
        "password1": "A-new-long-passphrase-9",
        "password2": "A-new-long-passphrase-9",
        "usable_password": "true",
    }
    assert client.post(password_url(newcomer), data).status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.check_password("A-new-long-passphrase-9")


@pytest.mark.parametrize("role", ["editor", "journalist"])
def test_editors_and_journalists_have_no_way_into_any_account(client, accounts, role):
    """Guard: the newsroom's own roles cannot reach the user admin, not even for their own
    name (which readers see on bylines); Django's model permissions already hold this."""
    me = accounts[role]
    client.force_login(me)
    before = snapshot(me)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(change_url(me)).status_code == 403
    assert (
        client.post(
            change_url(me), post_data(user_form_data(me, first_name="Self", is_superuser=True))
        ).status_code
        == 403
    )
    assert (
        client.post(
            password_url(me), {"password1": "x-Long-enough-9", "password2": "x-Long-enough-9"}
        ).status_code
        == 403
    )
    assert snapshot(me) == before


def test_changing_your_own_password_needs_the_old_one_and_touches_only_you(client, journalist, editor):
    """Guard for /admin/password_change/: Django's view, which takes no account but the
    signed-in one."""
    editor_password = editor.password
    client.force_login(journalist)
    url = reverse("admin:password_change")
    crafted = {
        "new_password1": "A-new-long-passphrase-9",
        "new_password2": "A-new-long-passphrase-9",
        "user": editor.pk,
        "username": editor.username,
        "is_superuser": "on",
    }
    response = client.post(url, crafted | {"old_password": "wrong"})
    assert response.status_code == 200 and "old_password" in response.context["form"].errors
    response = client.post(url, crafted | {"old_password": TEST_PASSWORD})
    assert response.status_code == 302
    journalist.refresh_from_db()
    editor.refresh_from_db()
    assert journalist.check_password("A-new-long-passphrase-9") and not journalist.is_superuser
    assert editor.password == editor_password


# The group admin.


def group_url(group, view="change"):
    return reverse(f"admin:auth_group_{view}", args=[group.pk])


def group_data(group, **changes):
    return {
        "name": group.name,
        "permissions": list(group.permissions.values_list("pk", flat=True)),
        **changes,
    }


@pytest.fixture
def desk_with_an_editor(account_desk, editor):
    """A group holding only a user manager's rights, with a member who holds more."""
    editor.groups.add(account_desk)
    return account_desk


GROUP_FIELD_CHANGES = [("name", "Renamed"), ("permissions", [])]


@pytest.mark.parametrize("field, value", GROUP_FIELD_CHANGES)
@pytest.mark.parametrize("group_kind", ["editors", "desk_with_an_editor"])
def test_no_field_of_a_group_above_you_can_be_changed(
    client, user_manager, request, field, value, group_kind
):
    group = newsroom_group("Editors") if group_kind == "editors" else request.getfixturevalue(group_kind)
    before = (group.name, set(group.permissions.all()))
    client.force_login(user_manager)
    assert client.post(group_url(group), group_data(group, **{field: value})).status_code == 403
    assert client.post(group_url(group, "delete"), {"post": "yes"}).status_code == 403
    bulk = {"action": "delete_selected", "_selected_action": [group.pk], "post": "yes"}
    assert client.post(reverse("admin:auth_group_changelist"), bulk).status_code == 403
    group.refresh_from_db()
    assert (group.name, set(group.permissions.all())) == before


# (field, value, outcome) for a user manager on a group within their rights.
MANAGED_GROUP_CHANGES = [
    ("name", "Accounts", "saved"),
    ("permissions", "perm:auth.change_user", "saved"),
    ("permissions", "perm:articles.publish_article", PERMISSION_NOT_GRANTABLE),
    ("permissions", "perm:auth.change_permission", PERMISSION_NOT_GRANTABLE),
]


@pytest.mark.parametrize("field, value, outcome", MANAGED_GROUP_CHANGES)
def test_every_field_of_a_group_you_manage(client, user_manager, account_desk, field, value, outcome):
    wanted = resolve(value)
    client.force_login(user_manager)
    response = client.post(group_url(account_desk), group_data(account_desk, **{field: wanted}))
    account_desk.refresh_from_db()
    if outcome == "saved":
        assert response.status_code == 302
        stored_value = (
            set(account_desk.permissions.values_list("pk", flat=True))
            if field == "permissions"
            else account_desk.name
        )
        assert stored_value == (set(wanted) if field == "permissions" else wanted)
    else:
        assert response.status_code == 200
        assert response.context["adminform"].form.errors[field] == [outcome % {"value": wanted[0]}]
        assert set(account_desk.permissions.all()) == {permission("auth.view_user")}


def test_a_new_group_gets_only_permissions_you_hold(client, user_manager):
    client.force_login(user_manager)
    url = reverse("admin:auth_group_add")
    response = client.post(
        url, {"name": "Shadow editors", "permissions": resolve("perm:articles.publish_article")}
    )
    assert response.status_code == 200
    assert "permissions" in response.context["adminform"].form.errors
    assert not Group.objects.filter(name="Shadow editors").exists()
    assert (
        client.post(url, {"name": "Helpers", "permissions": resolve("perm:auth.view_user")}).status_code
        == 302
    )


def test_a_group_grant_beyond_your_rights_is_refused_even_if_the_form_offered_it(
    client, monkeypatch, user_manager, account_desk
):
    monkeypatch.setattr(NewsroomGroupAdmin, "formfield_for_manytomany", GroupAdmin.formfield_for_manytomany)
    client.force_login(user_manager)
    data = group_data(account_desk, name="Renamed", permissions=resolve("perm:articles.publish_article"))
    assert client.post(group_url(account_desk), data).status_code == 403
    account_desk.refresh_from_db()
    assert account_desk.name == "Account desk"
    assert set(account_desk.permissions.all()) == {permission("auth.view_user")}


def test_a_group_without_members_above_you_can_be_deleted(client, user_manager, account_desk, journalist):
    client.force_login(user_manager)
    assert client.post(group_url(account_desk, "delete"), {"post": "yes"}).status_code == 302
    assert not Group.objects.filter(pk=account_desk.pk).exists()
