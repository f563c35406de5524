#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An operating-system error number in words a drafter reads: Chinese for the ones a user can
/// act on, the system's own text (with its number) for the rest.
public enum SystemErrorText {
    public static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "权限不足"
        case ENOENT: return "文件或目录不存在"
        case ENOTDIR: return "路径中有一段不是目录"
        case EISDIR: return "这是一个目录"
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "超出磁盘配额"
        case EROFS: return "文件系统是只读的"
        case EBADF: return "文件已关闭"
        case EPIPE: return "读取的一方已关闭"
        case ENXIO: return "没有进程在读取这个管道"
        case EIO: return "磁盘读写出错"
        case ELOOP: return "符号链接层数过多，可能是循环链接"
        case ENAMETOOLONG: return "路径太长"
        case EMFILE, ENFILE: return "打开的文件太多"
        case EEXIST: return "文件已存在"
        case EFBIG: return "文件太大"
        case ENOMEM: return "内存不足"
        case ESTALE: return "网络文件系统上的文件已失效"
        default:
            guard let text = strerror(code) else { return "系统错误 \(code)" }
            return "系统错误 \(code)：\(String(cString: text))"
        }
    }
}
