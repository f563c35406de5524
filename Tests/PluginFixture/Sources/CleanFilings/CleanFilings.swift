/// The filings of this target are checked by the QingdanBuildCheck plugin when it builds.
public enum CleanFilings {}
