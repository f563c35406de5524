import ProvinceChecks
import QingdanMain
import QingdanStandardPlugins

QingdanMain.run(plugins: StandardPlugins.all + [ProvinceChecks.self])
