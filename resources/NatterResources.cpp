// The library's own translation unit; the icons themselves are compiled in by qt_add_resources.
namespace natter::resources {
extern const char kIconPrefix[];
const char kIconPrefix[] = ":/natter/icons/";
} // namespace natter::resources
