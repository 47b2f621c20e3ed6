import Foundation
import Testing

@testable import CableData

/// Where the shipped files are found without asking `Bundle.main`.
@Suite struct BundledDataTests {
    @Test func theResourceFolderIsTheOneBundleModuleFinds() throws {
        let folder = try #require(BundledData.resourceFolder)
        let module = try #require(Bundle.module.resourceURL)
        #expect(
            URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
                == module.resolvingSymlinksInPath().path)
        #expect(folder.hasSuffix("/" + BundledData.resourceBundleName))
    }

    @Test func everyShippedFileIsFoundInIt() {
        for name in [
            BundledData.defaultCableName, BundledData.gazetteerName, BundledData.glossaryName, BundledData.postsName,
        ] {
            #expect(BundledData.path(of: name).map(FileManager.default.fileExists) == true)
        }
        #expect(BundledData.path(of: "no such file.tsv") == nil)
    }
}
