import Foundation
import XCTest
@testable import Debugger
#if canImport(Glibc)
import Glibc
#endif

/// Every file gradstep writes goes through `SafeFile`: special files and read-only files are refused,
/// a replaced file keeps its mode, a symlink is written through, and no temporary file is left behind.
final class RobustFileWriteTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "gradstep-safefile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    private func mode(_ path: String) -> mode_t {
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0)
        return st.st_mode & 0o7777
    }

    private func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    private func onlyFiles() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir).sorted() }

    func testANewFileGetsTheUsualModeAndNoTemporaryIsLeft() throws {
        let path = dir + "/graph.svg"
        try SafeFile.write("<svg/>", to: path)
        XCTAssertEqual(contents(path), "<svg/>")
        let m = umask(0o022); umask(m)
        XCTAssertEqual(mode(path), 0o666 & ~m)
        XCTAssertEqual(try onlyFiles(), ["graph.svg"])
    }

    func testAReplacedFileKeepsItsMode() throws {
        let path = dir + "/session.gradstep"
        try SafeFile.write("old", to: path)
        chmod(path, 0o600)
        try SafeFile.write("new", to: path)
        XCTAssertEqual(contents(path), "new")
        XCTAssertEqual(mode(path), 0o600)
    }

    func testAFIFOIsRefusedAndLeftAsItIs() throws {
        let path = dir + "/pipe"
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        XCTAssertThrowsError(try SafeFile.write("x", to: path)) { e in
            XCTAssertEqual("\(e)", "cannot write '\(path)': it is a FIFO, not a regular file; gradstep only replaces regular files")
        }
        var st = stat()
        XCTAssertEqual(lstat(path, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "still a FIFO")
        XCTAssertEqual(try onlyFiles(), ["pipe"])
    }

    func testADeviceAndADirectoryAreRefused() {
        XCTAssertThrowsError(try SafeFile.write("x", to: "/dev/null")) { e in
            XCTAssertTrue("\(e)".contains("a character device"), "\(e)")
        }
        XCTAssertThrowsError(try SafeFile.write("x", to: dir)) { e in
            XCTAssertTrue("\(e)".contains("a directory"), "\(e)")
        }
    }

    func testAReadOnlyFileIsRefusedEvenForRoot() throws {
        let path = dir + "/keep.svg"
        try SafeFile.write("mine", to: path)
        chmod(path, 0o444)
        XCTAssertThrowsError(try SafeFile.write("theirs", to: path)) { e in
            XCTAssertTrue("\(e)".contains("read-only (mode 444)"), "\(e)")
        }
        XCTAssertEqual(contents(path), "mine")
    }

    func testASymlinkIsWrittenThroughAndStaysALink() throws {
        let real = dir + "/real.svg", link = dir + "/link.svg"
        try SafeFile.write("a", to: real)
        XCTAssertEqual(symlink(real, link), 0)
        try SafeFile.write("b", to: link)
        XCTAssertEqual(contents(real), "b")
        var st = stat()
        XCTAssertEqual(lstat(link, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFLNK)
    }

    func testAMissingFolderIsAClearErrorWithItsErrno() {
        XCTAssertThrowsError(try SafeFile.write("x", to: dir + "/nope/out.svg")) { e in
            XCTAssertEqual("\(e)", "cannot write '\(dir)/nope/out.svg': [Errno 2] No such file or directory")
            XCTAssertEqual((e as? SafeFile.WriteError)?.code, ENOENT)
        }
    }

    func testSessionSaveRefusesAFIFOWithoutChangingTheSession() throws {
        let session = DebugSession()
        let console = BufferConsole()
        XCTAssertEqual(session.run("w = torch.tensor([1., 2.], requires_grad=True)", console: console), .ok)
        let path = dir + "/fifo.gradstep"
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        XCTAssertEqual(session.run("save \(path)", console: console), .failed)
        XCTAssertTrue(console.errText.contains("a FIFO"), console.errText)
    }
}
