import Infografis
import Yams
