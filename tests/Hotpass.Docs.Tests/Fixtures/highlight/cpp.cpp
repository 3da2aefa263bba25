#include <string>
#include <vector>

namespace hotpass {

// A chunk of rows to refine.
class Chunk final {
public:
    explicit Chunk(std::string path) : path_(std::move(path)) {}
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
};

template <typename T>
auto total(const std::vector<T>& items) -> std::size_t {
    auto sql = R"(SELECT "id" FROM chunks)";
    return items.size() + sizeof(sql) + 0x10u;
}

}  // namespace hotpass
