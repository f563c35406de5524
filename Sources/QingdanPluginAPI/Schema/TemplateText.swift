import QingdanYAML

/// The placeholders of a starter filing (`qingdan init`): 「请填写：事项名称」 where the drafter has
/// still to write something. A value that begins with one is not filled in, whatever its type:
/// the schema reports it (`schema.empty-value`) and rules do not judge the section it is in.
public enum TemplateText {
    /// What every placeholder begins with.
    public static let mark = "请填写："
    /// What a value is compared with: the mark without its colon, so that a half-width colon or
    /// none still counts.
    static let prefix = Array("请填写".utf8)

    /// Whether `node` is a scalar that still holds a placeholder.
    @inlinable
    public static func isPlaceholder(_ node: YAMLNode) -> Bool {
        node.isScalar && node.withTextBytes(startsWithMark) == true
    }

    public static func startsWithMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[offset] != byte { return false }
        return true
    }
}
